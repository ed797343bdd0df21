package org.zhijian.notification.web;

import java.util.ArrayList;
import java.util.List;
import org.zhijian.notification.domain.NotificationPreference;

/** The mail settings as the user ticks them: the kinds they want (the others are muted). */
public class PreferencesForm {

    private boolean newItemMails;
    private boolean dailyDigest;
    private List<String> wantedKinds = new ArrayList<>();
    private long version;

    static PreferencesForm of(NotificationPreference p, List<String> groups) {
        PreferencesForm f = new PreferencesForm();
        f.newItemMails = p.isNewItemMails();
        f.dailyDigest = p.isDailyDigest();
        f.wantedKinds = new ArrayList<>(groups.stream().filter(g -> !p.mutedGroups().contains(g)).toList());
        f.version = p.getVersion();
        return f;
    }

    List<String> muted(List<String> groups) {
        return groups.stream().filter(g -> wantedKinds == null || !wantedKinds.contains(g)).toList();
    }

    public boolean isNewItemMails() {
        return newItemMails;
    }

    public void setNewItemMails(boolean newItemMails) {
        this.newItemMails = newItemMails;
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }

    public void setDailyDigest(boolean dailyDigest) {
        this.dailyDigest = dailyDigest;
    }

    public List<String> getWantedKinds() {
        return wantedKinds;
    }

    public void setWantedKinds(List<String> wantedKinds) {
        this.wantedKinds = wantedKinds;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
