"""Name pools for the store-blind-17 generators (plain lists, no randomness here)."""
# Cumbria / South Lakes pool (Fellside Hospice donors, volunteers and staff).
CUMBRIA_FIRST = ["Susan", "Margaret", "Janet", "Gillian", "Helen", "Karen", "Lisa", "Sarah", "Rachel", "Hannah",
                 "Emma", "Claire", "Joanne", "Alison", "Pauline", "Brenda", "Dorothy", "Jean", "Ann", "Linda",
                 "Kathryn", "Elaine", "Wendy", "Carol", "Lorraine", "Amy", "Laura", "Jessica", "Sophie", "Ellie",
                 "Grace", "Isabel", "Megan", "Rebecca", "Natalie", "Beth", "Kirsty", "Freya", "Imogen", "Harriet",
                 "David", "John", "Peter", "Ian", "Andrew", "Mark", "Paul", "Stephen", "Gary", "Kevin",
                 "Michael", "Robert", "Richard", "Graham", "Keith", "Derek", "Malcolm", "Trevor", "Alan", "Brian",
                 "Tom", "Jack", "Oliver", "Harry", "George", "Sam", "Daniel", "Matthew", "Luke", "Adam",
                 "Zoë", "Chloë", "Renée", "Noémie", "José", "Søren", "Agnieszka", "Małgorzata", "Łucja", "Bartosz",
                 "Ewa", "Tomás", "Inês", "Aoife", "Siobhán", "Priya", "Anjali", "Mehmet", "Olamide", "Yusuf"]
CUMBRIA_LAST = ["Armstrong", "Graham", "Bell", "Nixon", "Robinson", "Dixon", "Wilson", "Atkinson", "Hodgson", "Jackson",
                "Kirkbride", "Routledge", "Elliot", "Storey", "Irving", "Bowness", "Tyson", "Postlethwaite", "Braithwaite", "Thwaites",
                "Hartley", "Gaskell", "Dobson", "Fell", "Sewell", "Stalker", "Relph", "Nicholson", "Birkett", "Addison",
                "Benson", "Steel", "Little", "Telford", "Hayton", "Pattinson", "Wharton", "Lowther", "Airey", "Askew",
                "Baines", "Cowperthwaite", "Dawson", "Gibson", "Harrison", "Holme", "Jopson", "Knipe", "Lamb", "Mossop",
                "Noble", "Parkin", "Rigg", "Sharp", "Taylforth", "Udale", "Walker", "Wilkinson", "Yates", "Bland",
                "Clark", "Cookson", "Denny", "Ewbank", "Fishwick", "Grisedale", "Hebblethwaite", "Iredale", "Jennings", "Kitching",
                "Wiśniewska", "Kowalczyk", "Gonçalves", "Müller", "Østergaard", "Lemaître", "Núñez", "Ó Súilleabháin", "Brontë", "Çelik",
                "Smith", "Brown", "Taylor", "Johnson", "Thompson", "White", "Green", "Hall", "Wood", "Harris"]

# South Wales pool (Plié & Pointe customers and staff).
WALES_FIRST = ["Siân", "Ffion", "Elin", "Cerys", "Catrin", "Megan", "Seren", "Nia", "Lowri", "Carys",
               "Bethan", "Eleri", "Gwenllïan", "Angharad", "Mared", "Alaw", "Mali", "Efa", "Cadi", "Rhiannon",
               "Sioned", "Heledd", "Manon", "Tegan", "Amelia", "Isla", "Poppy", "Olivia", "Ava", "Grace",
               "Evie", "Ruby", "Sophia", "Lily", "Freya", "Harriet", "Zoë", "Chloë", "Anwen", "Llinos",
               "Rachel", "Kelly", "Nicola", "Sarah", "Emma", "Claire", "Lisa", "Joanne", "Gemma", "Hayley",
               "Rhodri", "Dafydd", "Gethin", "Iwan", "Ioan", "Owain", "Huw", "Llŷr", "Aled", "Emyr",
               "Gareth", "Geraint", "Rhys", "Dylan", "Osian", "Tomos", "Gruffudd", "Hywel", "Ieuan", "Steffan",
               "Mark", "Craig", "Lee", "Matthew", "Darren", "Jason", "Richard", "James", "Daniel", "Christopher",
               "Priya", "Amira", "Oksana", "Katarzyna", "Zainab", "Joanna", "Anaïs", "Inês", "Maëlle", "Fatima",
               "Noor", "Aisha", "Mariana", "Yasmin", "Lucía", "Björk", "Hana", "Mei", "Ngozi", "Adaeze"]
WALES_LAST = ["Jones", "Davies", "Williams", "Evans", "Thomas", "Roberts", "Lewis", "Hughes", "Morgan", "Griffiths",
              "Edwards", "Owen", "Price", "Rees", "Jenkins", "Powell", "James", "Lloyd", "Parry", "Pritchard",
              "Prosser", "Bowen", "Howells", "Vaughan", "Rowlands", "Llewellyn", "Probert", "Gwynne", "Meredith", "Pugh",
              "Bevan", "Watkins", "Harries", "Protheroe", "Humphreys", "Morris", "Phillips", "ap Dafydd", "ap Rhys", "Ifans",
              "Rhydderch", "Gruffydd", "Cadwaladr", "Nicholas", "Beynon", "Lougher", "Tudur", "Wyn", "Jarman", "Mathias",
              "Khan", "Begum", "Ahmed", "Kowalska", "Nowak", "Dąbrowska", "Ferreira", "Gonçalves", "Müller", "Łuczak",
              "Lefèvre", "Núñez", "Santos", "O'Brien", "Chen", "Nguyen", "Patel", "Okafor", "Hussain", "Ali",
              "Smith", "Taylor", "Brown", "Wilson", "Walker", "Wright", "Green", "Hall", "Clarke", "Baker",
              "Stephens", "Harris", "Lane", "Ellis", "Cole", "Marsh", "Pearce", "Webb", "Rowe", "Sutton"]
