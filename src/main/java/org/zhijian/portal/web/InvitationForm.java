package org.zhijian.portal.web;

import jakarta.validation.constraints.NotBlank;

/** The invitee's first password, typed twice. */
public class InvitationForm {

    @NotBlank
    private String password;

    @NotBlank
    private String confirmPassword;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
