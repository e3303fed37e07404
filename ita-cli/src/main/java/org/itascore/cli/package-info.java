/**
 * The {@code ita} command line, built on picocli: {@link org.itascore.cli.Ita}.
 */
package org.itascore.cli;
