package org.migrationmptf.fund.reports.api;

import java.io.OutputStream;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * The fund's flows as IATI 2.03 XML, written as a stream a database page at a time: the activity file
 * (incoming commitments, incoming funds, outgoing commitments, disbursements, expenditure, each with
 * its currency and value date) and the organisation file (the publisher's yearly expenditure).
 */
public interface IatiReports {

    void activities(OutputStream out, AuthenticatedUser viewer);

    void organisation(OutputStream out, AuthenticatedUser viewer);
}
