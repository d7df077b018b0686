package org.migrationmptf.fund.disbursement.api;

import java.util.Optional;
import java.util.Set;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/** Transfer instructions and executed transfers, for the fund's staff. */
public interface TransferRegister {

    /** Sort keys: {@code id} (default, newest first), {@code amount}, {@code programme}. */
    Set<String> SORTS = Set.of("id", "amount", "programme");

    Page<TransferView> transfers(
            Optional<String> programme, Optional<TransferStatus> status, PageRequest page, AuthenticatedUser viewer);

    TransferView transfer(long id, AuthenticatedUser viewer);

    /** What a next instruction to {@code puno} in {@code programme} may be, before anything is submitted. */
    TrancheRoom room(String programme, String puno, AuthenticatedUser viewer);
}
