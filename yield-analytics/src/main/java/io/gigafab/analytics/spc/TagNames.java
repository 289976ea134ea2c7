package io.gigafab.analytics.spc;

/**
 * Maps a normalised gateway tag to the recipe parameter it measures: the last dot-separated part,
 * camel case to snake case, digits as their own word — "coating.coatWeight" → "coat_weight",
 * "coating.dryerZone3Temp" → "dryer_zone_3_temp".
 */
public final class TagNames {

    private TagNames() {}

    public static String parameterOf(String tag) {
        String name = tag.substring(tag.lastIndexOf('.') + 1);
        StringBuilder snake = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean wordStart =
                    i > 0
                            && (Character.isUpperCase(c)
                                    || (Character.isDigit(c)
                                            && !Character.isDigit(name.charAt(i - 1))));
            boolean afterDigit =
                    i > 0 && !Character.isDigit(c) && Character.isDigit(name.charAt(i - 1));
            if (wordStart || afterDigit) {
                snake.append('_');
            }
            snake.append(Character.toLowerCase(c));
        }
        return snake.toString();
    }
}
