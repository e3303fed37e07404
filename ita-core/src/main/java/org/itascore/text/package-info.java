/**
 * Text helpers for Thai reports: Thai digits.
 */
package org.itascore.text;
