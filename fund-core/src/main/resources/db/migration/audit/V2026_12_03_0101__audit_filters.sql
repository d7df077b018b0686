-- The audit-trail page filters by user, by action and by day; each filter reads an index, so the
-- page stays flat as the trail grows.
CREATE INDEX ix_audit_event_actor ON audit_event (actor, seq);
CREATE INDEX ix_audit_event_action ON audit_event (action, seq);
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
