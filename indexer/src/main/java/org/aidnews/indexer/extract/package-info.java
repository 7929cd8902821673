/**
 * Main-text, title, date and credit extraction, and cleaning of the extracted text, with no per-site
 * rules. {@link org.aidnews.indexer.extract.ArticleExtractor} is the front door and holds the order:
 * boilerplate elements ({@code BoilerplateElements}) → main element by text and punctuation density
 * ({@code TextDensity}) → the page as lines ({@code PageLines}) with pinyin annotations removed
 * ({@code PinyinAnnotations}) → title ({@code TitleExtractor}) → line cleaning of the text
 * ({@code BodyCleaner}) → credits ({@code Credits}) → publish date ({@code PublishDate},
 * {@code DateText}) → lost characters, spun text, topic score ({@code TopicVocabulary}) and page kind
 * ({@code PageKind}). jsoup types stay inside this package.
 */
package org.aidnews.indexer.extract;
