package org.migrationmptf.fund.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The message a write leaves for the page the browser is redirected to (Post-Redirect-Get): kept in
 * the HTTP session until the next page is rendered, then shown there once. Registered in
 * faces-config.xml for every view's pre-render event. (MyFaces' flash scope lost such messages now
 * and then in a browser; the session does not.)
 */
public class PendingNotices implements SystemEventListener {

    static final String KEY = "fund.pendingNotices";

    /** Leaves a message for the next page this session renders. */
    @SuppressWarnings("unchecked")
    static void leave(FacesMessage.Severity severity, String text) {
        Map<String, Object> session =
                FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        synchronized (session) {
            List<String[]> pending = (List<String[]>) session.computeIfAbsent(KEY, k -> new ArrayList<String[]>());
            pending.add(new String[] {severity == FacesMessage.SEVERITY_ERROR ? "error" : "info", text});
            session.put(KEY, pending);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void processEvent(SystemEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getExternalContext().getSession(false) == null) {
            return;
        }
        Map<String, Object> session = faces.getExternalContext().getSessionMap();
        List<String[]> pending;
        synchronized (session) {
            pending = (List<String[]>) session.remove(KEY);
        }
        if (pending != null) {
            for (String[] notice : pending) {
                faces.addMessage(
                        null,
                        new FacesMessage(
                                notice[0].equals("error") ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_INFO,
                                notice[1],
                                null));
            }
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }
}
