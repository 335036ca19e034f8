package nl.hulproute.people;

import nl.hulproute.shared.Role;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Password sign-in (HTTP Basic and the login form) against the users registered in Hulproute. */
@Component
class UserAccountDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    UserAccountDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount user = users.findByUsername(username)
                .filter(account -> account.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .disabled(!user.enabled())
                .authorities(user.roles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }
}
