/**
 * Logistics: crew and operator accounts (the users service), their orders with the
 * welcome order each new account gets (orders), and the depots' stock levels (inventory).
 */
package space.orbit.console.logistics;
