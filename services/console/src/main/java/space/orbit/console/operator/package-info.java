/**
 * Who is acting: {@link space.orbit.console.operator.CurrentOperator}, the slot a login
 * fills later; for now a header or a setting.
 */
package space.orbit.console.operator;
