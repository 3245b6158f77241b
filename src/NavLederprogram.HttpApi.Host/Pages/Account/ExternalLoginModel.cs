using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NavLederprogram.HttpApi.Host.Identity;
using OpenIddict.Client.AspNetCore;

namespace NavLederprogram.HttpApi.Host.Pages.Account;

/// <summary>Sends the browser to the chosen provider; it comes back to <see cref="ExternalSignIn"/>.</summary>
[AllowAnonymous]
[EnableRateLimiting(ConnectEndpoints.RateLimitPolicy)]
public sealed class ExternalLoginModel(IOptions<ExternalSignInOptions> external) : PageModel
{
    public IActionResult OnGet(string? provider, string? returnUrl)
    {
        if (external.Value.Providers.All(p => p.Name != provider)) return NotFound();
        var properties = new AuthenticationProperties
        {
            RedirectUri = !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/",
            Items = { [OpenIddictClientAspNetCoreConstants.Properties.ProviderName] = provider },
        };
        return Challenge(properties, OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
    }
}
