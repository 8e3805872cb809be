package space.orbit.inventory.stock;

import java.util.List;

import space.orbit.kit.web.Cursor;
import space.orbit.kit.web.InvalidParameterException;

/**
 * The {@code after} cursor of the stock-levels list: the last shown level's item and
 * depot.
 *
 * @param item its item's code
 * @param depot its depot's code
 */
record StockLevelCursor(String item, String depot) {

	static String of(StockLevel level) {
		return Cursor.encode(level.item(), level.depot());
	}

	/**
	 * The key a cursor of this list holds; a 400 naming {@code after} when it is not one.
	 */
	static StockLevelCursor parse(String after) {
		List<String> parts = Cursor.decode(after, 2);
		if (!InventoryController.isCode(parts.get(0)) || !InventoryController.isCode(parts.get(1))) {
			throw new InvalidParameterException("after",
					"is not a cursor of this list: pass the 'next' of the previous page unchanged");
		}
		return new StockLevelCursor(parts.get(0), parts.get(1));
	}

}
