package org.commonground.workshops;

import java.util.List;

/** The method's three questions and the usual perspectives, in plain English and Welsh. */
public final class Defaults {
    private Defaults() {}

    public static final List<String> LANGUAGES = List.of("en", "cy");

    public static final List<PromptWording> PROMPTS = List.of(
            new PromptWording("working", new Wording(
                    "What is working in your life?",
                    "Beth sy'n gweithio yn eich bywyd?")),
            new PromptWording("not_working", new Wording(
                    "What is not working in your life?",
                    "Beth sydd ddim yn gweithio yn eich bywyd?")),
            new PromptWording("future", new Wording(
                    "What is important to you for the future?",
                    "Beth sy'n bwysig i chi ar gyfer y dyfodol?")));

    public static final List<Perspective> PERSPECTIVES = List.of(
            new Perspective("lived_experience", new Wording(
                    "I use services or support",
                    "Rwy'n defnyddio gwasanaethau neu gymorth")),
            new Perspective("carer", new Wording(
                    "I care for a family member or friend",
                    "Rwy'n gofalu am aelod o'r teulu neu ffrind")),
            new Perspective("community", new Wording(
                    "I am part of the community, for example a neighbour or volunteer",
                    "Rwy'n rhan o'r gymuned, er enghraifft cymydog neu wirfoddolwr")),
            new Perspective("provider", new Wording(
                    "I work in a service",
                    "Rwy'n gweithio mewn gwasanaeth")),
            new Perspective("commissioner", new Wording(
                    "I plan or pay for services, for example a commissioner or councillor",
                    "Rwy'n cynllunio neu'n talu am wasanaethau, er enghraifft comisiynydd neu gynghorydd")));
}
