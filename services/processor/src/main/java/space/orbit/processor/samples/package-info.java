/** Reading stored samples back: {@code GET /api/v1/samples}, bounded and keyset-paged. */
package space.orbit.processor.samples;
