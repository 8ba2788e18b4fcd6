## A group's link to a member's own MMBC account (/settings account) ends when she leaves the group
account-link-owner-left = ℹ️ { $name }'s MMBC account is no longer used in this group because { $name } left; the group is back on the default account. { $name }'s deposit is no longer spent here; if they join again, they can link it again with <code>/settings account</code>.
account-link-owner-left-private = ℹ️ The group <b>{ $group }</b> no longer uses your MMBC account because you left it; your deposit is no longer spent there.
## Her private /account lists the groups using her account; /settings account off in private stops them
account-used-in-groups = Used in groups: { $groups }. <code>/settings account off</code> here stops that.
account-groups-unlinked = ✅ Your MMBC account is no longer used in: { $groups }.
account-groups-none = Your MMBC account isn't used in any group.
account-link-stopped-by-owner = ℹ️ { $name } stopped letting this group use their MMBC account; the group is back on the default account.
account-link-owner-logout = ℹ️ { $name } logged out of MMBC: this group no longer uses { $name }'s account and is back on the default account. { $name }'s deposit is no longer spent here.
account-link-owner-relogin = ℹ️ { $name } logged in with another MMBC username: this group no longer uses { $name }'s previous account and is back on the default account. To use the new one here, { $name } can link it with <code>/settings account</code>.
