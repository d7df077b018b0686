package org.migrationmptf.fund.web.pages;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * A form sent with a view state the server no longer has (the session expired, the server restarted)
 * or never gave this session (a view state from another browser): not a 500 but the session-expired
 * page, which says nothing was saved and leads back to the page after signing in. Registered in
 * faces-config.xml.
 */
public class ExpiredViewHandling extends ExceptionHandlerFactory {

    public ExpiredViewHandling(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                ViewExpiredException expired = expiredIn(failure);
                if (expired != null) {
                    events.remove();
                    redirect(expired.getViewId());
                    return;
                }
            }
            getWrapped().handle();
        }

        private static ViewExpiredException expiredIn(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException expired) {
                    return expired;
                }
            }
            return null;
        }

        private static void redirect(String viewId) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            String next = viewId == null ? "/" : viewId;
            try {
                external.redirect(external.getRequestContextPath() + "/session-expired.xhtml?next="
                        + URLEncoder.encode(next, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
