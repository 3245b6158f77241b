using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NavLederprogram.Data;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NavLederprogram.Identity;

public static class ClientIds
{
    public const string App = "NavLederprogram_App";
    public const string ApiScope = "navlederprogram_api";
    public const string HrImportScope = "navlederprogram_hr_import";
}
