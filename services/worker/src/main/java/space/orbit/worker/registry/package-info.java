/** Where TLEs of named spacecraft come from: the mission database's REST API. */
package space.orbit.worker.registry;
