using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NavLederprogram.Identity;

namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>
/// Tokens of invite and password-reset links (<see cref="SetPasswordTokens"/>): protected with the keys every node shares, bound to
/// the user's security stamp (so a link works once) and expiring after the configured lifetime.
/// </summary>
public sealed class SetPasswordTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<SetPasswordTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<AppUser>> logger)
    : DataProtectorTokenProvider<AppUser>(dataProtectionProvider, options, logger);
