-- Who caused each change of stock (ADR 0017): the token's subject of a receipt, the placer of the
-- order a reservation is for, 'orbit-inventory (opening stock)' for the opening stock.
-- Rows written before ADR 0017 (and by an instance not yet upgraded) are 'unrecorded'.
ALTER TABLE stock_movement ADD COLUMN actor text NOT NULL DEFAULT 'unrecorded';
