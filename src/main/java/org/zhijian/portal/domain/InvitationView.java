package org.zhijian.portal.domain;

/** What the invitee sees before setting their password: their username and their enterprise. */
public record InvitationView(String username, String enterpriseName) {
}
