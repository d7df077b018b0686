-- Windows as an allocation dimension: an allocation is made in a fund window. The programmatic
-- window allocates the thematic areas' earmarked money and the unearmarked pool; another window
-- (the Technical Support Window) allocates only the money earmarked to it, kept apart.
ALTER TABLE allocation ADD COLUMN fund_window VARCHAR(30) NOT NULL DEFAULT 'PROGRAMMATIC';
ALTER TABLE allocation ADD CONSTRAINT fk_allocation_window FOREIGN KEY (fund_window) REFERENCES fund_window (code);

-- Maintained, as area_allocation is: each window's approved allocations (outside the programmatic one).
CREATE TABLE window_allocation (
    fund_window VARCHAR(30)   NOT NULL,
    allocated   DECIMAL(19,2) NOT NULL,
    approvals   BIGINT        NOT NULL,
    CONSTRAINT pk_window_allocation PRIMARY KEY (fund_window),
    CONSTRAINT fk_window_allocation_window FOREIGN KEY (fund_window) REFERENCES fund_window (code),
    CONSTRAINT ck_window_allocation_amount CHECK (allocated >= 0)
);
