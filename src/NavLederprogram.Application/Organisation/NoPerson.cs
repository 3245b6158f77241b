using NavLederprogram.Localization;

namespace NavLederprogram.Organisation;

/// <summary>The explanation pages about "my" person show to a user who is not linked to a person in the register.</summary>
[ModuleContract]
public static class NoPerson
{
    public static NoPersonDto Explain() =>
        new(NavLederprogramErrorCodes.NoPersonProfile, LocalizationTexts.Get(NavLederprogramErrorCodes.NoPersonProfile));
}
