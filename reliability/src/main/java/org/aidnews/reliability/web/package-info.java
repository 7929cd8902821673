/**
 * The portal under attack and under load, over HTTP on a random loopback port: fuzzing, XSS,
 * security headers, CORS, admin and actuator exposure, rate limit.
 */
package org.aidnews.reliability.web;
