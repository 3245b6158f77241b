using Microsoft.AspNetCore.Identity;

namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>The set-password links' own protector name and lifetime (Identity:Invites:LinkLifetime).</summary>
public sealed class SetPasswordTokenProviderOptions : DataProtectionTokenProviderOptions;
