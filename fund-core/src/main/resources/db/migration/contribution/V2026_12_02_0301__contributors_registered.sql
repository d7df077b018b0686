-- Contributors are registered (and renamed) by Administrative Agent finance through the application:
-- each keeps who registered it and an optimistic-lock version for renames with If-Match.
ALTER TABLE contributor ADD COLUMN registered_by VARCHAR(60);
ALTER TABLE contributor ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
