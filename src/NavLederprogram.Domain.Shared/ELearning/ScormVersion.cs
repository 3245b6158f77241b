namespace NavLederprogram.ELearning;

/// <summary>The SCORM edition a package declares in its manifest; it decides which run-time API the player offers.</summary>
public enum ScormVersion { Scorm12 = 1, Scorm2004Edition3 = 2, Scorm2004Edition4 = 3 }
