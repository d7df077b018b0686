package org.migrationmptf.fund.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A password hash a user had before, kept so that a recent password is not chosen again. */
@Entity
@Table(name = "password_history")
@NamedQuery(
        name = "PasswordHistory.recent",
        query = "SELECT h FROM PasswordHistory h WHERE h.username = :username ORDER BY h.replacedAt DESC, h.id DESC")
public class PasswordHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false, updatable = false)
    private String passwordHash;

    @Column(name = "replaced_at", nullable = false, updatable = false)
    private LocalDateTime replacedAt;

    protected PasswordHistory() {}

    public PasswordHistory(String username, String passwordHash, Instant replacedAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.replacedAt = LocalDateTime.ofInstant(replacedAt, ZoneOffset.UTC);
    }

    public String passwordHash() {
        return passwordHash;
    }
}
