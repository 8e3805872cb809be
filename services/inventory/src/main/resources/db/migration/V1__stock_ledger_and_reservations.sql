-- Stock on hand per (item, depot): the source of truth; MongoDB stock_levels is its projection,
-- each document carrying the version it was projected from so that an older write never wins.
CREATE TABLE stock (
    item        text        NOT NULL,
    depot       text        NOT NULL,
    quantity    bigint      NOT NULL CHECK (quantity >= 0),
    version     bigint      NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (item, depot)
);

-- Every change of stock: receipts through the API (positive), reservations for orders (negative).
CREATE TABLE stock_movement (
    id          bigserial   PRIMARY KEY,
    item        text        NOT NULL,
    depot       text        NOT NULL,
    delta       bigint      NOT NULL,
    reason      text        NOT NULL,
    order_id    text,
    created_at  timestamptz NOT NULL
);

-- One answer per order, whatever how often order.created is delivered.
CREATE TABLE reservation (
    order_id    text        PRIMARY KEY,
    status      text        NOT NULL,
    reason      text,
    created_at  timestamptz NOT NULL
);
