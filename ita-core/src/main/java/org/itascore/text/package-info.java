/**
 * Text helpers: Thai digits and months for Thai reports, and the known name nearest a mistyped one.
 */
package org.itascore.text;
