package org.migrationmptf.fund.web.api;

import jakarta.ws.rs.core.EntityTag;

/** An aggregate's {@code @Version} as the ETag of its representation. */
final class Versions {

    private Versions() {}

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
