using System.Globalization;
using Microsoft.AspNetCore.Localization;
using NavLederprogram.Localization;

namespace NavLederprogram.HttpApi.Host.Pages;

/// <summary>Server-rendered pages read the same texts as the API and the Angular app.</summary>
public static class Texts
{
    public static string T(string key, params object?[] args) => LocalizationTexts.Get(key, CultureInfo.CurrentUICulture.Name, args);

    public static string Culture => LocalizationTexts.Normalize(CultureInfo.CurrentUICulture.Name);

    /// <summary>A language picked on a sign-in page is remembered like the one picked in the app.</summary>
    public static void RememberCulture(HttpContext context)
    {
        if (!context.Request.Query.ContainsKey("culture")) return;
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
    }
}
