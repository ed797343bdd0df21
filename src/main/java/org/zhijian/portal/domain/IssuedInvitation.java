package org.zhijian.portal.domain;

import java.time.Instant;

/** A new invitation as the admin sees it once: the link's token is shown now and never again. */
public record IssuedInvitation(String token, String username, String enterpriseName, Instant expiresAt) {

    public String path() {
        return "/portal/invitation/" + token;
    }
}
