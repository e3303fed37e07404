/**
 * The HTTP service ({@link org.itascore.http.ItaServer}), embedded with Jetty 12: JSON in and out in the
 * documented formats and Google Forms uploads, results labelled in the languages of {@code Accept-Language},
 * problems as RFC 9457 problem details with their JSON pointers or sheet rows and columns, limits on body size
 * and concurrent requests, an optional bearer token, and a graceful stop. See docs/http.md.
 */
package org.itascore.http;
