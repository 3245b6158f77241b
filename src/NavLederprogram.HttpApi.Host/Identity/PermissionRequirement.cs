using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using NavLederprogram.Identity;
using NavLederprogram.Permissions;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NavLederprogram.HttpApi.Host.Identity;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
