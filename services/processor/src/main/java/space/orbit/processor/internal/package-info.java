/** Internals no other package may use: fault injection for crash tests. */
package space.orbit.processor.internal;
