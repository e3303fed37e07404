/**
 * The JSON binding of ita-core: {@link org.itascore.json.ItaJsonModule} (a Jackson 3 module),
 * {@link org.itascore.json.ItaJson} (strict, bounded reading and deterministic writing of the formats in
 * docs/json-format.md) and {@link org.itascore.json.JsonPointers} (JSON pointers for error messages).
 */
package org.itascore.json;
