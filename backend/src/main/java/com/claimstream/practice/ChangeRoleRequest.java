package com.claimstream.practice;

import jakarta.validation.constraints.NotNull;

import com.claimstream.security.Role;

record ChangeRoleRequest(@NotNull(message = "Choose a role") Role role) {

}
