"""Shared name pools for the store-blind-3 generators (plain data, no randomness)."""

FIRST_NAMES = [
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
    "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
    "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Sandra",
    "Steven", "Ashley", "Paul", "Kimberly", "Andrew", "Emily", "Joshua", "Donna", "Kenneth",
    "Michelle", "Kevin", "Carol", "Brian", "Amanda", "George", "Melissa", "Timothy", "Deborah",
    "José", "María", "Zoë", "Chloé", "Renée", "Björn", "Søren", "Inés", "Raúl", "Ángel",
    "Françoise", "Noël", "Élodie", "Jürgen", "Mónica", "Héctor", "Léa", "Anaïs", "Dagný",
    "Mai", "Hiroshi", "Priya", "Arjun", "Wei", "Siobhan", "Declan", "Kateryna", "Olusegun",
    "Ngozi", "Tomás", "Lucía", "Mateo", "Camila", "Ethan", "Olivia", "Liam", "Ava", "Noah",
    "Sophia", "Ruth", "Walter", "Gloria", "Harold", "Evelyn", "Dale", "Shirley", "Wade",
    "Tamsin", "Cormac", "Astrid", "Magnus", "Ingrid", "Yusuf", "Leila", "Dmitri", "Anya",
]

LAST_NAMES = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
    "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark",
    "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green",
    "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell",
    "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers",
    "García", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez",
    "Núñez", "Peña", "Ibáñez", "Müller", "Schröder", "Løvgren", "Fjällström", "Côté", "Gagné",
    "Lefèvre", "Dubois", "O'Connor", "O'Brien", "McAllister", "Van der Berg", "De la Cruz",
    "St. Clair", "Nguyen", "Tran", "Kim", "Park", "Chen", "Wang", "Patel", "Singh", "Okafor",
    "Adeyemi", "Kowalski", "Nowak", "Novák", "Horváth", "Papadopoulos", "Rossi", "Bianchi",
    "Yamamoto", "Tanaka", "Haddad", "Khoury", "Sørensen", "Lindqvist", "Byrne", "Gallagher",
    "Whitehorse", "Yazzie", "Begay", "Running Bear", "Two Feathers", "MacLeod", "Fitzgerald",
]

COMPOUND_FIRST_NAMES = [
    "Mary Ellen", "Jean-Luc", "Anne-Marie", "Marie-Claude", "José Luis", "María José",
    "Jean-François", "Ana Lucía", "Billy Joe", "Sarah Jane", "Juan Pablo", "Mary Kate",
    "Lou Ann", "Jo Ellen", "Hélène-Sophie", "Luis Ángel",
]
