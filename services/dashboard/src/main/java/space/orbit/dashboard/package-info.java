/**
 * The dashboard's back end: its settings and application; the live stream in
 * {@code stream}, the owning services' APIs in {@code upstream}.
 */
package space.orbit.dashboard;
