package org.migrationmptf.fund.web.api;

import jakarta.ws.rs.BadRequestException;
import java.util.OptionalLong;

/** Reads the aggregate version out of an If-Match header ({@code "7"} or {@code W/"7"}). */
final class IfMatch {

    private IfMatch() {}

    static OptionalLong version(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw new BadRequestException("If-Match must be an entity tag such as \"3\"");
        }
        try {
            return OptionalLong.of(Long.parseLong(tag.substring(1, tag.length() - 1)));
        } catch (NumberFormatException e) {
            throw new BadRequestException("If-Match must be an entity tag such as \"3\"");
        }
    }
}
