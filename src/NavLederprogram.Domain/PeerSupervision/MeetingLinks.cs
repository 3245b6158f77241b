namespace NavLederprogram.PeerSupervision;

/// <summary>The place and video link of a meeting: a link is an absolute https address, so that nobody is sent to a plain or odd scheme.</summary>
public static class MeetingLinks
{
    public static string? Place(string? place)
    {
        var text = string.IsNullOrWhiteSpace(place) ? null : place.Trim();
        if (text is { Length: > PeerSupervisionConsts.PlaceMax }) throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "place" };
        return text;
    }

    public static string? VideoLink(string? link)
    {
        if (string.IsNullOrWhiteSpace(link)) return null;
        var text = link.Trim();
        if (text.Length > PeerSupervisionConsts.LinkMax || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(uri.Host))
            throw new BusinessException(NavLederprogramErrorCodes.SupervisionVideoLinkNotHttps) { Field = "videoLink" };
        return text;
    }
}
