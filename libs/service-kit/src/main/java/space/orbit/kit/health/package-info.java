/**
 * Health indicators that cost the servers they probe nothing: a MongoDB {@code ping} in
 * place of Boot's {@code listDatabases}.
 */
package space.orbit.kit.health;
