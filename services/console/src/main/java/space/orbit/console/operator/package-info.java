/**
 * Who is acting: {@link space.orbit.console.operator.CurrentOperator}, their
 * {@link space.orbit.console.operator.Role} and what the console
 * {@link space.orbit.console.operator.Offered offers} them; without a login a header or a
 * setting, with one the person logged in ({@code space.orbit.console.login}).
 */
package space.orbit.console.operator;
