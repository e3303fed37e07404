/**
 * The bundled sample inputs, read by {@code ita} when it is given no file and by every module's tests: one copy of
 * each, instead of paths into another module's sources.
 */
module org.itascore.samples {
    exports org.itascore.samples;
}
