package org.migrationmptf.fund.programme.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A concept note in the pipeline; {@code reason} says why it was rejected (or what screening noted),
 * {@code programme} is the joint programme registered from it, if any. {@code version} is its ETag.
 */
public record ConceptNoteView(
        long id,
        String submittedBy,
        String title,
        String leadPuno,
        List<String> punos,
        List<String> countries,
        BigDecimal requestedAmount,
        List<String> thematicAreas,
        List<Integer> gcmObjectives,
        List<String> guidingPrinciples,
        LocalDate receivedOn,
        ConceptNoteStatus status,
        String reason,
        String programme,
        String recordedBy,
        Instant recordedAt,
        String decidedBy,
        Instant decidedAt,
        long version) {}
