namespace PulmoPet.Imaging;

/// <summary>Two images or an image and its mask are not on the same grid, or do not overlap.</summary>
public sealed class GeometryMismatchException(string message) : InvalidInputException(message);
