/**
 * A MongoDB stand-in process (mongo-java-server) for machines without a real MongoDB.
 */
package space.orbit.mongostandin;
