package space.orbit.users.account;

import java.util.List;

/**
 * A page of accounts, oldest first.
 *
 * @param items the accounts of this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many accounts there are
 */
public record UserPage(List<UserView> items, int page, int size, long total) {
}
